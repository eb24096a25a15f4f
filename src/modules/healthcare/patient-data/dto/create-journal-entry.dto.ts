// The body that creates a member's journal entry (companion app).
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';
import { DateField, TextField } from './fields';

export class CreateJournalEntryDto {
  @TextField(200) title?: string | null;
  @TextField(100000, { required: true }) content!: string;
  @DateField({ description: 'Defaults to today' }) date?: string;
  @TextField(50) emotion?: string | null;
  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
}
