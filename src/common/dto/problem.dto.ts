import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'email must be an email' }) message!: string;
}

/** RFC 9457 problem details, the body of every error response. */
export class ProblemDto {
  @ApiProperty({ example: 'https://carebase.dev/problems/not-found' }) type!: string;
  @ApiProperty({ example: 'Not found' }) title!: string;
  @ApiProperty({ example: 404 }) status!: number;
  @ApiProperty({ example: 'The booking does not exist or is not visible to you.' }) detail!: string;
  @ApiProperty({ example: 'b7c1a0e4-0d5e-4a43-9d59-2b8f0f6f9d1e' }) requestId!: string;
  @ApiProperty({ example: 'not-found' }) code!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

export class PageMetaDto {
  // Every page answers it (Page<T> in common/pagination.ts): null, not absent, on the last page.
  @ApiProperty({
    description: 'Pass as `cursor` to get the next page; null on the last page.',
    type: String,
    nullable: true,
  })
  nextCursor!: string | null;
}
