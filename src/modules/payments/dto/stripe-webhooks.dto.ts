import { ApiProperty } from '@nestjs/swagger';

export class WebhookAckDto {
  @ApiProperty() received!: boolean;
  @ApiProperty({ enum: ['processed', 'duplicate', 'ignored'] }) outcome!: string;
}
