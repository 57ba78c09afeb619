import { useTranslation } from 'react-i18next';
import { AddressStep } from '../features/wizard/address/address-step.js';
import { CheckingStep } from '../features/wizard/checking/checking-step.js';
import { ResultStep } from '../features/wizard/result/result-step.js';
import { StaffScreen } from '../features/wizard/staff/staff-screen.js';
import { StartStep } from '../features/wizard/start/start-step.js';
import { selectStep } from '../store/selectors.js';
import { useAppStore } from '../store/store-context.js';
import { LangSwitch } from './lang-switch.js';
import { TextSizeSwitch } from './text-size-switch.js';
import { useStaffRoute } from './staff-route.js';

/** The window: a header with the text size and language switches, and the current wizard step or the staff console. */
export function App() {
  const { t } = useTranslation();
  const step = useAppStore(selectStep);
  const staffOpen = useAppStore((s) => s.staffOpen);
  useStaffRoute();
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="header-tools">
          <TextSizeSwitch />
          <LangSwitch />
        </span>
      </header>
      <main className="app-main">
        {staffOpen && <StaffScreen />}
        {!staffOpen && step === 'start' && <StartStep />}
        {!staffOpen && step === 'address' && <AddressStep />}
        {!staffOpen && step === 'checking' && <CheckingStep />}
        {!staffOpen && step === 'result' && <ResultStep />}
      </main>
    </>
  );
}
