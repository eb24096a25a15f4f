import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CreateMedicalRecordDto } from './create-medical-record.dto';

/** The new content (the fields given replace the current ones) and why. */
export class AmendMedicalRecordDto extends PartialType(
  PickType(CreateMedicalRecordDto, ['recordType', 'title', 'content', 'recordedAt'] as const),
) {
  @ApiProperty({
    minLength: 3,
    maxLength: 2000,
    description: 'Why the record is amended (kept with the version)',
  })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}
