// Bookings: patients book and manage their own, providers those they are booked for, admins all (RLS decides
// which exist for the caller).
import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto } from '../../../common/dto/problem.dto';
import { Authenticated } from '../../../common/decorators/access.decorator';
import { BookingsService } from './bookings.service';
import { BookingDto, BookingPageDto } from './dto/booking.response.dto';
import { CancelDto } from './dto/cancel-booking.dto';
import { CreateBookingDto } from './dto/create-booking.dto';
import { BookingQueryDto } from './dto/list-bookings.query.dto';
import { RescheduleBookingDto } from './dto/reschedule-booking.dto';
import { UpdateBookingDto } from './dto/update-booking.dto';
import {
  ActionDoc,
  AdminOnly,
  ClinicalMembers,
  Clinicians,
  CreateDoc,
  DeleteDoc,
  GetDoc,
  IdParam,
  ListDoc,
  UpdateDoc,
} from './scheduling.decorators';

@ApiTags('bookings')
@Controller('api/bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Get()
  @ClinicalMembers()
  @ListDoc(
    'Bookings the caller may see (own, as the booked provider, or all for admins), newest first',
    BookingPageDto,
  )
  list(@Query() q: BookingQueryDto) {
    return this.bookings.list(q);
  }

  @Get(':id')
  @ClinicalMembers()
  @GetDoc('One booking', BookingDto)
  get(@IdParam() id: string) {
    return this.bookings.get(id);
  }

  @Post()
  @Authenticated({ roles: ['admin', 'patient'], apiKeys: false })
  @CreateDoc(
    'Book a chamber slot (confirmed at once unless tentative); 409 when the slot is taken or under maintenance',
    BookingDto,
  )
  @ApiUnprocessableEntityResponse({
    description: "Outside the chamber's opening hours, in the past, or past the patient's daily limit",
    type: ProblemDto,
  })
  book(@Body() dto: CreateBookingDto) {
    return this.bookings.book(dto);
  }

  @Patch(':id')
  @ClinicalMembers()
  @UpdateDoc('Change notes (and, for admins, the provider)', BookingDto)
  update(@IdParam() id: string, @Body() dto: UpdateBookingDto) {
    return this.bookings.update(id, dto);
  }

  @Post(':id/confirm')
  @ClinicalMembers()
  @ActionDoc('Confirm a pending booking (takes the slot; 409 when it is no longer free)', BookingDto)
  confirm(@IdParam() id: string) {
    return this.bookings.confirm(id);
  }

  @Post(':id/cancel')
  @ClinicalMembers()
  @ActionDoc('Cancel a booking (frees the slot)', BookingDto)
  @ApiBody({ type: CancelDto, required: false })
  cancel(@IdParam() id: string, @Body() dto: CancelDto) {
    return this.bookings.cancel(id, dto.reason);
  }

  @Post(':id/reschedule')
  @ClinicalMembers()
  @ActionDoc('Move a booking to another time (or chamber)', BookingDto)
  reschedule(@IdParam() id: string, @Body() dto: RescheduleBookingDto) {
    return this.bookings.reschedule(id, dto);
  }

  @Post(':id/complete')
  @Clinicians()
  @ActionDoc('Mark a confirmed booking as completed', BookingDto)
  complete(@IdParam() id: string) {
    return this.bookings.complete(id);
  }

  @Delete(':id')
  @AdminOnly()
  @DeleteDoc('Delete a booking (admins; others cancel)')
  remove(@IdParam() id: string) {
    return this.bookings.remove(id);
  }
}
