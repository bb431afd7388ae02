import { criticalFlows } from './critical-flows.ts';

criticalFlows('webkit');
