// The instance configuration API, for admins and ops of the platform organization: settings, module
// activations, the network connection, monitoring rules and system configuration.
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
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../../common/decorators/access.decorator';
import { ProblemDto } from '../../common/dto/problem.dto';
import { PageQueryDto } from '../../common/pagination';
import { ActivateModuleDto, ModuleActivationDto } from './dto/module-activation.dto';
import {
  CreateMonitoringRuleDto,
  MonitoringRuleDto,
  MonitoringRulePageDto,
  UpdateMonitoringRuleDto,
} from './dto/monitoring-rule.dto';
import { NetworkConfigDto, PutNetworkConfigDto } from './dto/network-config.dto';
import { PutSettingDto, SettingDto } from './dto/setting.dto';
import { PutSystemConfigDto, SystemConfigDto, SystemConfigPageDto } from './dto/system-config.dto';
import { ModuleActivationsService } from './module-activations.service';
import { MonitoringRulesService } from './monitoring-rules.service';
import { NetworkConfigService } from './network-config.service';
import { SettingsService } from './settings.service';
import { SystemConfigService } from './system-config.service';

const Operators = () => Authenticated({ roles: ['admin', 'ops'], apiKeys: false });
const NotFound = (description: string) => ApiNotFoundResponse({ description, type: ProblemDto });
const IdParam = () => Param('id', new ParseUUIDPipe({ version: '4' }));
const BadKey = () =>
  ApiBadRequestResponse({ description: 'The key does not fit the key format', type: ProblemDto });
const ReservedKey = () =>
  ApiForbiddenResponse({ description: 'platform.* keys come from the app configuration', type: ProblemDto });

@ApiTags('instance')
@Controller('api/instance')
export class InstanceConfigController {
  constructor(
    private readonly settings: SettingsService,
    private readonly modules: ModuleActivationsService,
    private readonly network: NetworkConfigService,
    private readonly rules: MonitoringRulesService,
    private readonly systemConfig: SystemConfigService,
  ) {}

  @Get('settings')
  @Operators()
  @ApiOperation({ summary: 'Every instance setting: value (or default), schema, category' })
  @ApiOkResponse({ type: [SettingDto] })
  listSettings(): Promise<SettingDto[]> {
    return this.settings.list();
  }

  @Get('settings/:key')
  @Operators()
  @ApiOperation({ summary: 'One instance setting' })
  @ApiOkResponse({ type: SettingDto })
  @NotFound('No such setting')
  getSetting(@Param('key') key: string): Promise<SettingDto> {
    return this.settings.get(key);
  }

  @Put('settings/:key')
  @Operators()
  @ApiOperation({
    summary: "Set an instance setting; the value must fit the key's schema (400 naming the key)",
  })
  @ApiOkResponse({ type: SettingDto })
  putSetting(@Param('key') key: string, @Body() dto: PutSettingDto): Promise<SettingDto> {
    return this.settings.put(key, dto.value);
  }

  @Delete('settings/:key')
  @Operators()
  @ApiOperation({ summary: 'Reset an instance setting to its default' })
  @ApiOkResponse({ type: SettingDto })
  @NotFound('No such setting')
  resetSetting(@Param('key') key: string): Promise<SettingDto> {
    return this.settings.reset(key);
  }

  @Get('modules')
  @Operators()
  @ApiOperation({ summary: 'The switchable modules and whether each is active' })
  @ApiOkResponse({ type: [ModuleActivationDto] })
  listModules(): Promise<ModuleActivationDto[]> {
    return this.modules.list();
  }

  @Get('modules/:module')
  @Operators()
  @ApiOperation({ summary: 'One switchable module' })
  @ApiOkResponse({ type: ModuleActivationDto })
  @NotFound('No such module')
  getModule(@Param('module') module: string): Promise<ModuleActivationDto> {
    return this.modules.get(module);
  }

  @Post('modules/:module/activate')
  @HttpCode(200)
  @Operators()
  @ApiOperation({
    summary: 'Switch a module on, from activationDate (default now) until expirationDate (default no end)',
  })
  @ApiOkResponse({ type: ModuleActivationDto })
  @NotFound('No such module')
  activate(@Param('module') module: string, @Body() dto: ActivateModuleDto): Promise<ModuleActivationDto> {
    return this.modules.activate(module, dto);
  }

  @Post('modules/:module/deactivate')
  @HttpCode(200)
  @Operators()
  @ApiOperation({
    summary: 'Switch a module off: its routes answer 404 and its jobs stop, on every instance',
  })
  @ApiOkResponse({ type: ModuleActivationDto })
  @NotFound('No such module')
  deactivate(@Param('module') module: string): Promise<ModuleActivationDto> {
    return this.modules.deactivate(module);
  }

  @Get('network')
  @Operators()
  @ApiOperation({ summary: 'The research-network connection (the API key is never answered)' })
  @ApiOkResponse({ type: NetworkConfigDto })
  getNetwork(): Promise<NetworkConfigDto> {
    return this.network.get();
  }

  @Put('network')
  @Operators()
  @ApiOperation({ summary: 'Change the research-network connection; the API key is stored encrypted' })
  @ApiOkResponse({ type: NetworkConfigDto })
  putNetwork(@Body() dto: PutNetworkConfigDto): Promise<NetworkConfigDto> {
    return this.network.put(dto);
  }

  @Get('monitoring-rules')
  @Operators()
  @ApiOperation({ summary: 'Monitoring rules with their firing state, newest first' })
  @ApiOkResponse({ type: MonitoringRulePageDto })
  listRules(@Query() q: PageQueryDto): Promise<MonitoringRulePageDto> {
    return this.rules.list(q);
  }

  @Post('monitoring-rules')
  @Operators()
  @ApiOperation({ summary: 'Add a monitoring rule' })
  @ApiCreatedResponse({ type: MonitoringRuleDto })
  createRule(@Body() dto: CreateMonitoringRuleDto): Promise<MonitoringRuleDto> {
    return this.rules.create(dto);
  }

  @Get('monitoring-rules/:id')
  @Operators()
  @ApiOperation({ summary: 'One monitoring rule' })
  @ApiOkResponse({ type: MonitoringRuleDto })
  @NotFound('No such rule')
  getRule(@IdParam() id: string): Promise<MonitoringRuleDto> {
    return this.rules.get(id);
  }

  @Patch('monitoring-rules/:id')
  @Operators()
  @ApiOperation({ summary: 'Change a monitoring rule' })
  @ApiOkResponse({ type: MonitoringRuleDto })
  @NotFound('No such rule')
  updateRule(@IdParam() id: string, @Body() dto: UpdateMonitoringRuleDto): Promise<MonitoringRuleDto> {
    return this.rules.update(id, dto);
  }

  @Delete('monitoring-rules/:id')
  @HttpCode(204)
  @Operators()
  @ApiOperation({ summary: 'Remove a monitoring rule' })
  @ApiNoContentResponse()
  @NotFound('No such rule')
  async removeRule(@IdParam() id: string): Promise<void> {
    await this.rules.remove(id);
  }

  @Get('system-config')
  @Operators()
  @ApiOperation({ summary: 'System configuration keys and values, newest first' })
  @ApiOkResponse({ type: SystemConfigPageDto })
  listSystemConfig(@Query() q: PageQueryDto): Promise<SystemConfigPageDto> {
    return this.systemConfig.list(q);
  }

  @Get('system-config/:key')
  @Operators()
  @ApiOperation({ summary: 'One system configuration key' })
  @ApiOkResponse({ type: SystemConfigDto })
  @BadKey()
  @NotFound('No such key')
  getSystemConfig(@Param('key') key: string): Promise<SystemConfigDto> {
    return this.systemConfig.get(key);
  }

  @Put('system-config/:key')
  @Operators()
  @ApiOperation({ summary: "Create or replace a system configuration key's value and description" })
  @ApiOkResponse({ type: SystemConfigDto })
  @BadKey()
  @ReservedKey()
  putSystemConfig(@Param('key') key: string, @Body() dto: PutSystemConfigDto): Promise<SystemConfigDto> {
    return this.systemConfig.put(key, dto.value, dto.description ?? null);
  }

  @Delete('system-config/:key')
  @HttpCode(204)
  @Operators()
  @ApiOperation({ summary: 'Remove a system configuration key' })
  @ApiNoContentResponse()
  @BadKey()
  @ReservedKey()
  @NotFound('No such key')
  async removeSystemConfig(@Param('key') key: string): Promise<void> {
    await this.systemConfig.remove(key);
  }
}
