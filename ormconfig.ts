// The TypeORM CLI's data source (`npm run migration:generate`). Same validated config as the app: the owner
// connection from DATABASE_URL, or the embedded database's default address (started by scripts/db.ts).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/common/config/config';
import { embeddedUrl } from './src/common/database/bootstrap';
import { ownerDataSourceOptions } from './src/common/database/data-source';
import { ALL_ENTITIES } from './src/entities';

const config = loadConfig();
export default new DataSource(ownerDataSourceOptions(config.DATABASE_URL ?? embeddedUrl(config), ALL_ENTITIES));
