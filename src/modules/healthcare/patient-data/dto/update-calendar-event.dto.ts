// The body that updates a member's calendar event (companion app): any field of the create body (null
// clears an optional one).
import { PartialType } from '@nestjs/swagger';
import { CreateCalendarEventDto } from './create-calendar-event.dto';

export class UpdateCalendarEventDto extends PartialType(CreateCalendarEventDto) {}
