import { useEffect, useState } from 'preact/hooks';
import { completeSettings, type Settings } from './settings';
import { settingsItem } from './settings-item';

/** The settings for an extension page, live, with a function to change them. */
export function useSettings(): [Settings | undefined, (change: (s: Settings) => Settings) => void] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings(completeSettings(value)));
    return settingsItem.watch((value) => setSettings(completeSettings(value)));
  }, []);
  const update = (change: (s: Settings) => Settings) => {
    void settingsItem
      .getValue()
      .then((value) => settingsItem.setValue(change(completeSettings(value))));
  };
  return [settings, update];
}
