// The body that updates a catalog trial: any field of the create body (null clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateTrialDto } from './create-trial.dto';

export class UpdateTrialDto extends PartialType(CreateTrialDto) {}
