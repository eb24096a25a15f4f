// The body that updates a patient's health goal: any field of the create body (null clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateHealthGoalDto } from './create-health-goal.dto';

export class UpdateHealthGoalDto extends PartialType(CreateHealthGoalDto) {}
