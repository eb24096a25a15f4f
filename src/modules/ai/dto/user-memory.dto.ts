import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

/** The documented limit of one memory (a longer one is a 400). */
export const MAX_MEMORY_CHARS = 4000;

export class CreateUserMemoryDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_MEMORY_CHARS, example: 'Prefers morning walks' })
  @IsString()
  @Length(1, MAX_MEMORY_CHARS)
  summary!: string;
}

export class UpdateUserMemoryDto extends CreateUserMemoryDto {}

export class UserMemoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ['chat_session', 'journal_entry', 'manual'] }) sourceType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sourceId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class UserMemoryPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserMemoryDto] }) items!: UserMemoryDto[];
}

export class UserMemoryQueryDto extends PageQueryDto {}
