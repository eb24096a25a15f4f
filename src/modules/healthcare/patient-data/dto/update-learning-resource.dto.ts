// The body that updates a catalog learning resource: any field of the create body (null clears an optional
// one).
import { PartialType } from '@nestjs/swagger';
import { CreateLearningResourceDto } from './create-learning-resource.dto';

export class UpdateLearningResourceDto extends PartialType(CreateLearningResourceDto) {}
