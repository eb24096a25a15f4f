// The body that updates a patient's import source: any field of the create body (null clears an optional
// one).
import { PartialType } from '@nestjs/swagger';
import { CreateImportSourceDto } from './create-import-source.dto';

export class UpdateImportSourceDto extends PartialType(CreateImportSourceDto) {}
