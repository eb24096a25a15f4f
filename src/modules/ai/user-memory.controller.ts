// Long-term memory over HTTP: pro plan only (403 naming the plan otherwise).
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ProblemDto } from '../../common/dto/problem.dto';
import { IdParam, NotFoundDoc, OwnData } from './ai.decorators';
import {
  CreateUserMemoryDto,
  UpdateUserMemoryDto,
  UserMemoryDto,
  UserMemoryPageDto,
  UserMemoryQueryDto,
} from './dto/user-memory.dto';
import { UserMemoryService } from './user-memory.service';

const ProOnly = () =>
  ApiForbiddenResponse({
    description: 'Long-term memory needs the pro plan (the problem names it)',
    type: ProblemDto,
  });

@ApiTags('ai')
@Controller('api/user-memories')
export class UserMemoryController {
  constructor(private readonly memories: UserMemoryService) {}

  @Get()
  @OwnData()
  @ProOnly()
  @ApiOperation({ summary: 'List own long-term memories, newest first (pro plan)' })
  @ApiOkResponse({ type: UserMemoryPageDto })
  list(@Query() q: UserMemoryQueryDto): Promise<UserMemoryPageDto> {
    return this.memories.list(q);
  }

  @Post()
  @OwnData()
  @ProOnly()
  @ApiOperation({ summary: 'Remember something (pro plan)' })
  @ApiCreatedResponse({ type: UserMemoryDto })
  create(@Body() dto: CreateUserMemoryDto): Promise<UserMemoryDto> {
    return this.memories.create(dto);
  }

  @Post('from-journal/:entryId')
  @OwnData()
  @ProOnly()
  @ApiOperation({
    summary: 'Distil one of own journal entries into long-term memory (pro plan; once per entry)',
  })
  @ApiCreatedResponse({ type: UserMemoryDto })
  @NotFoundDoc('No such journal entry of the caller')
  @ApiConflictResponse({ description: 'Already remembered', type: ProblemDto })
  fromJournal(
    @Param('entryId', new ParseUUIDPipe({ version: '4' })) entryId: string,
  ): Promise<UserMemoryDto> {
    return this.memories.fromJournal(entryId);
  }

  @Get(':id')
  @OwnData()
  @ProOnly()
  @ApiOperation({ summary: 'One own long-term memory (pro plan)' })
  @ApiOkResponse({ type: UserMemoryDto })
  @NotFoundDoc()
  get(@IdParam() id: string): Promise<UserMemoryDto> {
    return this.memories.get(id);
  }

  @Patch(':id')
  @OwnData()
  @ProOnly()
  @ApiOperation({ summary: 'Rewrite an own long-term memory (pro plan)' })
  @ApiOkResponse({ type: UserMemoryDto })
  @NotFoundDoc()
  update(@IdParam() id: string, @Body() dto: UpdateUserMemoryDto): Promise<UserMemoryDto> {
    return this.memories.update(id, dto.summary);
  }

  @Delete(':id')
  @HttpCode(204)
  @OwnData()
  @ProOnly()
  @ApiOperation({ summary: 'Forget an own long-term memory (pro plan)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @NotFoundDoc()
  remove(@IdParam() id: string): Promise<void> {
    return this.memories.remove(id);
  }
}
