// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { AiCommandLog } from './ai-command-log.entity';
import { AiDoctorSession } from './ai-doctor-session.entity';
import { AiDoctorSharingPermission } from './ai-doctor-sharing-permission.entity';
import { ChatMessage } from './chat-message.entity';
import { ChatSession } from './chat-session.entity';
import { InsightRun } from './insight-run.entity';
import { PatientInsight } from './patient-insight.entity';
import { UserMemory } from './user-memory.entity';
import { VectorMemory } from './vector-memory.entity';

export * from './ai-command-log.entity';
export * from './ai-doctor-session.entity';
export * from './ai-doctor-sharing-permission.entity';
export * from './chat-message.entity';
export * from './user-memory.entity';
export * from './patient-insight.entity';
export * from './chat-session.entity';
export * from './insight-run.entity';
export * from './vector-memory.entity';
export const AI_ENTITIES: Function[] = [
  AiCommandLog,
  VectorMemory,
  ChatSession,
  ChatMessage,
  UserMemory,
  InsightRun,
  PatientInsight,
  AiDoctorSession,
  AiDoctorSharingPermission,
];
