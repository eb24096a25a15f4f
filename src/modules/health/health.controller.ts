import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../../common/decorators/access.decorator';
import { currentTransaction } from '../../common/context/request-context';
import { ProblemDto } from '../../common/dto/problem.dto';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

class ReadinessDto extends HealthDto {
  @ApiProperty({ example: 'ok' }) database!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  @Get()
  @Public({ transaction: false })
  @ApiOperation({ summary: 'Liveness: the process answers (no database call)' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: the database answers, through the same anon transaction as any request',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ProblemDto })
  async ready(): Promise<ReadinessDto> {
    await currentTransaction().manager.query('SELECT 1');
    return { status: 'ok', database: 'ok' };
  }
}
