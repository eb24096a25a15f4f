// The body that updates a patient's learning progress: any field of the create body (null clears an
// optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateLearningProgressDto } from './create-learning-progress.dto';

export class UpdateLearningProgressDto extends PartialType(CreateLearningProgressDto) {}
