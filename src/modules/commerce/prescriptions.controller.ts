// Prescriptions of products: issued by a provider on the patient's care team; read by the patient and the issuer.
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { IdParam, NotFoundDoc } from './commerce.decorators';
import {
  CreatePrescriptionDto,
  PrescriptionDto,
  PrescriptionPageDto,
  PrescriptionQueryDto,
} from './dto/prescription.dto';
import { PrescriptionsService } from './prescriptions.service';

const Readers = () => Authenticated({ roles: ['patient', 'provider'], apiKeys: false });

@ApiTags('commerce')
@Controller('api/prescriptions')
export class PrescriptionsController {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @Get()
  @Readers()
  @ApiOperation({ summary: 'Prescriptions: a patient their own, a provider those they issued; newest first' })
  @ApiOkResponse({ type: PrescriptionPageDto })
  list(@Query() q: PrescriptionQueryDto): Promise<PrescriptionPageDto> {
    return this.prescriptions.list(q);
  }

  @Get(':id')
  @Readers()
  @ApiOperation({ summary: 'One prescription (own, or issued by the caller)' })
  @ApiOkResponse({ type: PrescriptionDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<PrescriptionDto> {
    return this.prescriptions.get(id);
  }

  @Post()
  @Authenticated({ roles: ['provider'], apiKeys: false })
  @ApiOperation({
    summary: "Provider: prescribe a product to a patient of one's care team (quantity, expiry)",
  })
  @ApiCreatedResponse({ type: PrescriptionDto })
  @NotFoundDoc('No such product in the organization')
  issue(@Body() dto: CreatePrescriptionDto): Promise<PrescriptionDto> {
    return this.prescriptions.issue(dto);
  }
}
