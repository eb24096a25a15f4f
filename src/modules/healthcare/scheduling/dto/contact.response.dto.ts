import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../../common/dto/problem.dto';
import { CreateContactDto } from './create-contact.dto';

export class ContactDto extends CreateContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
export class ContactPageDto extends PageMetaDto {
  @ApiProperty({ type: [ContactDto] }) items!: ContactDto[];
}
