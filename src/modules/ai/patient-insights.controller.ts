// Patient insights over HTTP: the patient's own (mark viewed or hidden); a treating provider's read of a
// patient's visible ones (audited).
import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { IdParam, NotFoundDoc } from './ai.decorators';
import {
  PatientInsightDto,
  PatientInsightPageDto,
  PatientInsightQueryDto,
  UpdatePatientInsightDto,
} from './dto/patient-insight.dto';
import { PatientInsightsService } from './patient-insights.service';

const Readers = () => Authenticated({ roles: ['patient', 'provider'], apiKeys: false });

@ApiTags('ai')
@Controller('api/patient-insights')
export class PatientInsightsController {
  constructor(private readonly insights: PatientInsightsService) {}

  @Get()
  @Readers()
  @ApiOperation({
    summary:
      "Insights, newest first: a patient's own; a treating provider's, of the patient named (not hidden; audited)",
  })
  @ApiOkResponse({ type: PatientInsightPageDto })
  list(@Query() q: PatientInsightQueryDto): Promise<PatientInsightPageDto> {
    return this.insights.list(q);
  }

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'One insight with its confidence and data sources' })
  @ApiOkResponse({ type: PatientInsightDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<PatientInsightDto> {
    return this.insights.get(id);
  }

  @Patch(':id')
  @Authenticated({ roles: ['patient'], apiKeys: false })
  @ApiOperation({ summary: 'Mark an own insight viewed, or hide it from providers (or show it again)' })
  @ApiOkResponse({ type: PatientInsightDto })
  @NotFoundDoc()
  update(@IdParam() id: string, @Body() dto: UpdatePatientInsightDto): Promise<PatientInsightDto> {
    return this.insights.update(id, dto);
  }
}
