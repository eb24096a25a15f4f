// The body that creates a catalog condition.
import { TextField } from './fields';

export class CreateConditionDto {
  @TextField(200, { required: true, example: 'Type 2 diabetes' }) name!: string;
  @TextField(32, { example: 'E11' }) code?: string | null;
  @TextField(32, { example: 'ICD-10' }) codeSystem?: string | null;
  @TextField(100) category?: string | null;
  @TextField(10000) description?: string | null;
}
