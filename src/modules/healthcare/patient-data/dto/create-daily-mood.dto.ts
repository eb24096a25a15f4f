// The body that creates a member's daily mood (companion app).
import { IntField, TextField } from './fields';

export class CreateDailyMoodDto {
  @TextField(50, { required: true, example: 'calm' }) emotion!: string;
  @IntField(1, 10) intensity?: number | null;
  @TextField(50, { example: 'mango' }) fruit?: string | null;
  @TextField(2000) note?: string | null;
}
