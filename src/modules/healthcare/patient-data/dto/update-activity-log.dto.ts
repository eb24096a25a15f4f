// The body that updates a patient's activity log entry: any field of the create body (null clears an
// optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateActivityLogDto } from './create-activity-log.dto';

export class UpdateActivityLogDto extends PartialType(CreateActivityLogDto) {}
