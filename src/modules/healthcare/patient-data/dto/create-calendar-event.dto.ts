// The body that creates a member's calendar event (companion app).
import { DateField, DecimalField, IntField, TextField, TimeField } from './fields';

export class CreateCalendarEventDto {
  @DateField({ required: true }) date!: string;
  @TimeField() startTime?: string | null;
  @TimeField() endTime?: string | null;
  @TextField(200, { required: true }) title!: string;
  @TextField(5000) description?: string | null;
  @TextField(200) locationName?: string | null;
  @TextField(500) locationAddress?: string | null;
  @DecimalField({ example: '48.856600' }) locationLat?: string | null;
  @DecimalField({ example: '2.352200' }) locationLng?: string | null;
  @TextField(50) emotion?: string | null;
  @IntField(1, 10) intensity?: number | null;
}
