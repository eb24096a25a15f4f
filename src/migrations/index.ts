// Every migration, in order. Listed explicitly (not globbed) so the same list serves the compiled app,
// the TypeORM CLI and the test harness, which loads TypeScript directly.
import { Foundation1763900000000 } from './1763900000000-Foundation';
import { Notifications1763900100000 } from './1763900100000-Notifications';
import { Audit1763900200000 } from './1763900200000-Audit';
import { JobRuns1763900300000 } from './1763900300000-JobRuns';
import { HealthcareScheduling1763901000000 } from './1763901000000-HealthcareScheduling';
import { HealthcarePatientData1763901100000 } from './1763901100000-HealthcarePatientData';
import { Payments1763902000000 } from './1763902000000-Payments';
import { ClinicalRecordRetention1763902100000 } from './1763902100000-ClinicalRecordRetention';
import { ContactPatientLink1763902200000 } from './1763902200000-ContactPatientLink';
import { RateLimits1763903500000 } from './1763903500000-RateLimits';
import { JobRunsServiceOnly1763903600000 } from './1763903600000-JobRunsServiceOnly';
import { KeepOneAdminLock1763903700000 } from './1763903700000-KeepOneAdminLock';
import { SessionCheck1763903800000 } from './1763903800000-SessionCheck';
import { AuditSchedulingAndPayments1763903900000 } from './1763903900000-AuditSchedulingAndPayments';
import { ApiKeyLastUsed1763904000000 } from './1763904000000-ApiKeyLastUsed';
import { RoleFromSession1763904100000 } from './1763904100000-RoleFromSession';
import { TypeormMetadata1763904200000 } from './1763904200000-TypeormMetadata';
import { LedgerStatistics1763904300000 } from './1763904300000-LedgerStatistics';
import { JournalEntryDateDefault1763904500000 } from './1763904500000-JournalEntryDateDefault';
import { CareTeams1763904600000 } from './1763904600000-CareTeams';
import { InvitationOffers1763904700000 } from './1763904700000-InvitationOffers';
import { OrgScopedConstraints1763904800000 } from './1763904800000-OrgScopedConstraints';
import { SchedulingMembersAndMaintenance1763904900000 } from './1763904900000-SchedulingMembersAndMaintenance';
import { PatientDailyBookingLimit1763905000000 } from './1763905000000-PatientDailyBookingLimit';
import { ProviderPrivateColumns1763905100000 } from './1763905100000-ProviderPrivateColumns';
import { LedgerLockOrder1763905200000 } from './1763905200000-LedgerLockOrder';
import { MedicalRecordAmendments1764000000000 } from './1764000000000-MedicalRecordAmendments';
import { Commerce1764100000000 } from './1764100000000-Commerce';
import { AiModule1764200000000 } from './1764200000000-AiModule';
import { AiOrgIndexes1764200100000 } from './1764200100000-AiOrgIndexes';
import { VectorMemoryVersions1764200200000 } from './1764200200000-VectorMemoryVersions';
import { InstanceConfig1764300000000 } from './1764300000000-InstanceConfig';
import { MonitoringLedgerRule1764300100000 } from './1764300100000-MonitoringLedgerRule';
import { OAuth1764400000000 } from './1764400000000-OAuth';
import { AuditLogExports1764500000000 } from './1764500000000-AuditLogExports';
import { OrderStripeRefunds1764550000000 } from './1764550000000-OrderStripeRefunds';
import { OrderLatePayments1764560000000 } from './1764560000000-OrderLatePayments';
import { SessionAccessRole1764600000000 } from './1764600000000-SessionAccessRole';

export const MIGRATIONS = [
  Foundation1763900000000,
  Notifications1763900100000,
  Audit1763900200000,
  JobRuns1763900300000,
  HealthcareScheduling1763901000000,
  HealthcarePatientData1763901100000,
  Payments1763902000000,
  ClinicalRecordRetention1763902100000,
  ContactPatientLink1763902200000,
  RateLimits1763903500000,
  JobRunsServiceOnly1763903600000,
  KeepOneAdminLock1763903700000,
  SessionCheck1763903800000,
  AuditSchedulingAndPayments1763903900000,
  ApiKeyLastUsed1763904000000,
  RoleFromSession1763904100000,
  TypeormMetadata1763904200000,
  LedgerStatistics1763904300000,
  JournalEntryDateDefault1763904500000,
  CareTeams1763904600000,
  InvitationOffers1763904700000,
  OrgScopedConstraints1763904800000,
  SchedulingMembersAndMaintenance1763904900000,
  PatientDailyBookingLimit1763905000000,
  ProviderPrivateColumns1763905100000,
  LedgerLockOrder1763905200000,
  MedicalRecordAmendments1764000000000,
  Commerce1764100000000,
  AiModule1764200000000,
  AiOrgIndexes1764200100000,
  VectorMemoryVersions1764200200000,
  InstanceConfig1764300000000,
  MonitoringLedgerRule1764300100000,
  OAuth1764400000000,
  AuditLogExports1764500000000,
  OrderStripeRefunds1764550000000,
  OrderLatePayments1764560000000,
  SessionAccessRole1764600000000,
];
