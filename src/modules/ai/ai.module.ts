// The AI module: companion chat, long-term memory, vector memories and search, weekly insights, patient
// insights, AI-doctor sessions shared with providers; every external model call logged (ai_command_logs).
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AiCommandLogsController, AiCommandLogsRepository } from './ai-command-logs.controller';
import { AiDoctorController } from './ai-doctor.controller';
import { AiDoctorRepository } from './ai-doctor.repository';
import { AiDoctorService } from './ai-doctor.service';
import { ChatRepliesService } from './chat-replies.service';
import { ChatController } from './chat.controller';
import { ChatRepository } from './chat.repository';
import { ChatService } from './chat.service';
import { AI_ENTITIES } from './entities';
import { AiCalls } from './models/ai-calls';
import { AiModels } from './models/ai-models';
import { PatientInsightsController } from './patient-insights.controller';
import { PatientInsightsRepository } from './patient-insights.repository';
import { PatientInsightsService } from './patient-insights.service';
import { VectorMemoryController } from './vector-memory.controller';
import { WeeklyInsightsJob } from './weekly-insights.job';
import { VectorMemoryRepository } from './vector-memory.repository';
import { VectorMemoryService } from './vector-memory.service';
import { UserMemoryController } from './user-memory.controller';
import { UserMemoryRepository } from './user-memory.repository';
import { UserMemoryService } from './user-memory.service';

@Module({
  imports: [TypeOrmModule.forFeature(AI_ENTITIES)],
  controllers: [
    VectorMemoryController,
    ChatController,
    UserMemoryController,
    AiDoctorController,
    PatientInsightsController,
    AiCommandLogsController,
  ],
  providers: [
    AiModels,
    AiCalls,
    VectorMemoryRepository,
    VectorMemoryService,
    ChatRepository,
    ChatService,
    ChatRepliesService,
    UserMemoryRepository,
    UserMemoryService,
    AiDoctorRepository,
    AiDoctorService,
    WeeklyInsightsJob,
    PatientInsightsRepository,
    PatientInsightsService,
    AiCommandLogsRepository,
  ],
})
export class AiModule {}
