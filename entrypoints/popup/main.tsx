import { createRoot } from 'react-dom/client';
import '../../components/styles.css';
import { LocaleProvider } from '../../lib/ui/locale';
import { App } from './App';

performance.mark('cm-script');
createRoot(document.getElementById('root')!).render(
  <LocaleProvider titleKey="appName">
    <App />
  </LocaleProvider>,
);
