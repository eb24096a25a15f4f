// The AI module: companion chat, long-term memory, vector memories and search, weekly insights, patient
// insights, AI-doctor sessions shared with providers; every external model call logged (ai_command_logs).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AI_ENTITIES } from './entities';
import { AiCalls } from './models/ai-calls';
import { AiModels } from './models/ai-models';
import { VectorMemoryController } from './vector-memory.controller';
import { VectorMemoryRepository } from './vector-memory.repository';
import { VectorMemoryService } from './vector-memory.service';

@Module({
  imports: [TypeOrmModule.forFeature(AI_ENTITIES)],
  controllers: [VectorMemoryController],
  providers: [AiModels, AiCalls, VectorMemoryRepository, VectorMemoryService],
})
export class AiModule {}
