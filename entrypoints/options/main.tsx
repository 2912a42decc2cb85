import { render } from 'preact';
import { SettingsPage } from '@/components/settings/Settings';
import { createOptionsApi } from './api';
import '@/components/shared/base.css';
import './options.css';

render(<SettingsPage api={createOptionsApi()} />, document.getElementById('root')!);
