// Peer B: RLS the way a typical NestJS + TypeORM team adds it. A guard verifies the HS256 access token
// (node:crypto, as @nestjs/jwt would, without a cache); an interceptor opens a QueryRunner transaction per
// request and sends `SET LOCAL ROLE authenticated` and `SELECT set_config('request.jwt.claims', $1, true)`
// as two statements; services use repositories (find / findOne / save) on entities through the request's
// QueryRunner manager; COMMIT, release. Fastify adapter (already a dependency of the project; Express would
// be a new one), ValidationPipe with a class-validator DTO. Same routes and responses as Carebase.
//   PORT, DATABASE_APP_URL (the login role), JWT_SECRET, DATABASE_POOL_SIZE
import 'reflect-metadata';
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  Body,
  CallHandler,
  CanActivate,
  ConflictException,
  Controller,
  ExecutionContext,
  Get,
  Injectable,
  Module,
  NestInterceptor,
  NotFoundException,
  Post,
  Query,
  Req as ReqParam,
  UnauthorizedException,
  UseGuards,
  UseInterceptors,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { from, lastValueFrom, type Observable } from 'rxjs';
import {
  Column,
  CreateDateColumn,
  DataSource,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  QueryFailedError,
  UpdateDateColumn,
  type QueryRunner,
} from 'typeorm';

@Entity({ name: 'notifications', schema: 'public' })
class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'org_id', type: 'uuid', select: false }) orgId!: string;
  @Column({ name: 'user_id', type: 'uuid', select: false }) userId!: string;
  @Column({ type: 'text' }) type!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'boolean', insert: false, update: false }) read!: boolean;
  @Column({ type: 'text' }) priority!: string;
  @Column({ type: 'jsonb' }) channels!: string[];
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ type: 'jsonb' }) metadata!: Record<string, unknown>;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'patients', schema: 'public' })
class Patient {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'org_id', type: 'uuid' }) orgId!: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
}

// The API role may insert only some columns (column grants): the rest are left out of the INSERT and read back.
@Entity({ name: 'bookings', schema: 'public' })
class Booking {
  @PrimaryColumn({ type: 'uuid', insert: false, default: () => 'gen_random_uuid()' }) id!: string;
  @Column({ name: 'org_id', type: 'uuid', insert: false, select: false }) orgId!: string;
  @Column({ name: 'patient_id', type: 'uuid' }) patientId!: string;
  @Column({ name: 'chamber_id', type: 'uuid' }) chamberId!: string;
  @Column({ name: 'provider_id', type: 'uuid', nullable: true }) providerId!: string | null;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true, insert: false }) cancellationReason!: string | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true, insert: false }) confirmedAt!: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true, insert: false }) cancelledAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', insert: false }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', insert: false, update: false }) updatedAt!: Date;
}

interface TokenPayload {
  sub: string;
  org_id: string;
  app_role: string;
  sid: string;
  exp: number;
  typ: string;
}
type Req = { headers: Record<string, string | undefined>; user?: TokenPayload; queryRunner?: QueryRunner };

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

@Injectable()
class JwtGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Req>();
    const header = req.headers.authorization ?? '';
    const parts = header.startsWith('Bearer ') ? header.slice(7).split('.') : [];
    if (parts.length !== 3 || parts[0] !== HEADER) throw new UnauthorizedException();
    const mac = Buffer.from(createHmac('sha256', process.env.JWT_SECRET!).update(`${parts[0]}.${parts[1]}`).digest('base64url'));
    const given = Buffer.from(parts[2]);
    if (mac.length !== given.length || !timingSafeEqual(mac, given)) throw new UnauthorizedException();
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenPayload;
    if (payload.typ !== 'access' || payload.exp * 1000 <= Date.now()) throw new UnauthorizedException();
    req.user = payload;
    return true;
  }
}

/** One QueryRunner transaction per request, role and claims set with two statements. */
@Injectable()
class RlsInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Req>();
    return from(
      (async () => {
        const qr = this.dataSource.createQueryRunner();
        await qr.connect();
        await qr.startTransaction();
        try {
          await qr.query('SET LOCAL ROLE authenticated');
          const u = req.user!;
          await qr.query(`SELECT set_config('request.jwt.claims', $1, true)`, [
            JSON.stringify({ role: 'authenticated', sub: u.sub, org_id: u.org_id, app_role: u.app_role, sid: u.sid }),
          ]);
          // The session behind the token must still be live (as Carebase checks it).
          await qr.query('SELECT app_private.assert_session_active($1)', [u.sid]);
          req.queryRunner = qr;
          const result = await lastValueFrom(next.handle());
          await qr.commitTransaction();
          return result;
        } catch (err) {
          await qr.rollbackTransaction();
          throw err;
        } finally {
          await qr.release();
        }
      })(),
    );
  }
}

class ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit = 20;
}

class CreateBooking {
  @IsUUID() chamberId!: string;
  @Type(() => Date) @IsDate() startsAt!: Date;
  @Type(() => Date) @IsDate() endsAt!: Date;
}

const current = (ctx: { queryRunner?: QueryRunner; user?: TokenPayload }) => ({ manager: ctx.queryRunner!.manager, user: ctx.user! });

@Controller('health')
class HealthController {
  @Get()
  live() {
    return { status: 'ok' };
  }
}

@Controller('api')
@UseGuards(JwtGuard)
@UseInterceptors(RlsInterceptor)
class ApiController {
  @Get('notifications')
  async list(@Query() q: ListQuery, @ReqParam() req: Req) {
    const { manager, user } = current(req);
    const rows = await manager.find(Notification, {
      where: { orgId: user.org_id, userId: user.sub },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: q.limit + 1,
    });
    const items = rows.slice(0, q.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > q.limit ? Buffer.from(JSON.stringify({ createdAt: last.createdAt, id: last.id })).toString('base64url') : null,
    };
  }

  @Post('bookings')
  async book(@Body() dto: CreateBooking, @ReqParam() req: Req) {
    const { manager, user } = current(req);
    if (dto.startsAt <= new Date() || dto.endsAt <= dto.startsAt) throw new ConflictException('invalid window');
    const patient = await manager.findOne(Patient, { where: { orgId: user.org_id, userId: user.sub } });
    if (!patient) throw new NotFoundException('patient');
    try {
      const booking = manager.create(Booking, {
        patientId: patient.id,
        chamberId: dto.chamberId,
        startsAt: dto.startsAt,
        endsAt: dto.endsAt,
        status: 'confirmed',
      });
      const saved = await manager.save(booking);
      // Reload: the triggers set confirmed_at and friends, which the INSERT does not return.
      return await manager.findOneByOrFail(Booking, { id: saved.id });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23P01')
        throw new ConflictException('slot taken');
      throw err;
    }
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_APP_URL,
      entities: [Notification, Patient, Booking],
      synchronize: false,
      logging: false,
      extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), application_name: 'bench-nest-typeorm' },
    }),
  ],
  controllers: [HealthController, ApiController],
  providers: [RlsInterceptor, JwtGuard],
})
class AppModule {}

async function main() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { logger: ['error', 'warn'] });
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 3102), '127.0.0.1');
}
void main();
