// The admin worker: the pages call it through admin-client.ts (comlink), see AdminApi.
import * as Comlink from 'comlink';
import { AdminApi } from './admin-api';

Comlink.expose(new AdminApi());
