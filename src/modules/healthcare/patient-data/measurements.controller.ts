import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { CreateMeasurementDto } from './dto/create-measurement.dto';
import { MeasurementQueryDto } from './dto/measurement-query.dto';
import { MeasurementDto, MeasurementPageDto } from './dto/measurement.response.dto';
import { UpdateMeasurementDto } from './dto/update-measurement.dto';
import { MeasurementsService } from './measurements.service';
import {
  OWN_PATIENT_DATA,
  CreateOperation,
  DeleteOperation,
  GetOperation,
  IdParam,
  ListOperation,
  UpdateOperation,
} from './resource-operations.decorator';

@ApiTags('patient data')
@Controller('api/measurements')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  @Get()
  @ListOperation(OWN_PATIENT_DATA, 'measurement', MeasurementPageDto)
  list(@Query() q: MeasurementQueryDto): Promise<MeasurementPageDto> {
    return this.measurements.list(q);
  }

  @Get(':id')
  @GetOperation(OWN_PATIENT_DATA, 'measurement', MeasurementDto)
  get(@IdParam() id: string): Promise<MeasurementDto> {
    return this.measurements.get(id);
  }

  @Post()
  @CreateOperation(OWN_PATIENT_DATA, 'measurement', MeasurementDto)
  @ApiNotFoundResponse({
    description: "The cited order item (orderItemId) is not an item of the patient's own orders",
    type: ProblemDto,
  })
  create(@Body() dto: CreateMeasurementDto): Promise<MeasurementDto> {
    return this.measurements.create(dto);
  }

  @Patch(':id')
  @UpdateOperation(OWN_PATIENT_DATA, 'measurement', MeasurementDto)
  update(@IdParam() id: string, @Body() dto: UpdateMeasurementDto): Promise<MeasurementDto> {
    return this.measurements.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @DeleteOperation(OWN_PATIENT_DATA, 'measurement')
  remove(@IdParam() id: string): Promise<void> {
    return this.measurements.remove(id);
  }
}
