import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';
import { UpdateProviderDto } from './update-provider.dto';

export class CreateProviderDto extends OmitType(UpdateProviderDto, ['displayName'] as const) {
  @ApiProperty({ format: 'uuid', description: 'The member (user) this directory entry is for' })
  @IsUUID()
  userId!: string;
  @ApiProperty() @IsString() @Length(1, 200) displayName!: string;
}
