import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

export class PrescriptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: "The patient's login (user id)" }) patientId!: string;
  @ApiProperty({ format: 'uuid', description: 'The issuing provider (providers.id)' }) providerId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() quantityUsed!: number;
  @ApiProperty() quantityRemaining!: number;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class PrescriptionPageDto extends PageMetaDto {
  @ApiProperty({ type: [PrescriptionDto] }) items!: PrescriptionDto[];
}

export class CreatePrescriptionDto {
  @ApiProperty({
    format: 'uuid',
    description: "The patient's login (user id); the provider must be on their care team",
  })
  @IsUUID('4')
  patientId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') productId!: string;
  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000) quantity!: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'In the future' })
  @Type(() => Date)
  @IsDate()
  expiresAt!: Date;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class PrescriptionQueryDto extends PageQueryDto {}
