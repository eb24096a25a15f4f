import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class OpenBreakGlassDto {
  @ApiProperty({
    example: 'Patient unconscious in the emergency room; allergies and current medication needed',
    minLength: 20,
    maxLength: 2000,
    description: "Why emergency access is needed; shown to the organization's admins",
  })
  @IsString()
  @Length(20, 2000)
  reason!: string;
}
