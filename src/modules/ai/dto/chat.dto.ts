import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../../common/dto/problem.dto';
import { PageQueryDto } from '../../../common/pagination';

/** The documented limit of one message the user sends (a longer one is a 400). */
export const MAX_MESSAGE_CHARS = 4000;

export class CreateChatSessionDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) title?: string;
}

export class SendChatMessageDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_MESSAGE_CHARS, example: 'I slept badly again.' })
  @IsString()
  @Length(1, MAX_MESSAGE_CHARS)
  content!: string;
}

export class ChatSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Written when the session ends' })
  dominantEmotion!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Written when the session ends' })
  summary!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class ChatSessionPageDto extends PageMetaDto {
  @ApiProperty({ type: [ChatSessionDto] }) items!: ChatSessionDto[];
}

export class ChatMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: ['user', 'assistant', 'system'] }) role!: string;
  @ApiProperty() content!: string;
  @ApiProperty() createdAt!: Date;
}

export class ChatMessagePageDto extends PageMetaDto {
  @ApiProperty({ type: [ChatMessageDto] }) items!: ChatMessageDto[];
}

export class ChatExchangeDto {
  @ApiProperty({ type: ChatMessageDto }) message!: ChatMessageDto;
  @ApiProperty({ type: ChatMessageDto }) reply!: ChatMessageDto;
}

export class ChatQueryDto extends PageQueryDto {}
