// The body that updates a member's daily mood (companion app): any field of the create body (null clears
// an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateDailyMoodDto } from './create-daily-mood.dto';

export class UpdateDailyMoodDto extends PartialType(CreateDailyMoodDto) {}
