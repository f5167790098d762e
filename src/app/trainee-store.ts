import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from '../storage/safe-storage.ts';
import {
  TRAINEE_STORAGE_KEY,
  TRAINEE_STORAGE_VERSION,
  readPersistedTrainee,
  type PersistedTrainee,
} from './trainee-persistence.ts';

/** How many recent names the welcome screen offers. */
const RECENT_LIMIT = 5;

/** Who is training on this device: an app-wide UI preference (no passwords, names only). */
export interface TraineeState extends PersistedTrainee {
  /** The welcome screen is open to change trainee (not remembered across visits). */
  switching: boolean;
  /** Makes `name` (already checked) the current trainee and closes the welcome screen. */
  signIn: (name: string) => void;
  /** Opens the welcome screen to change trainee. */
  startSwitch: () => void;
  /** Closes the welcome screen and keeps the current trainee. */
  cancelSwitch: () => void;
}

/** The trainee preference, remembered in localStorage (in memory when that is unavailable). */
export const useTraineeStore = create<TraineeState>()(
  persist(
    (set) => ({
      trainee: null,
      recent: [],
      switching: false,
      signIn: (name) =>
        set((state) => ({
          trainee: name,
          recent: [name, ...state.recent.filter((n) => n !== name)].slice(0, RECENT_LIMIT),
          switching: false,
        })),
      startSwitch: () => set({ switching: true }),
      cancelSwitch: () => set({ switching: false }),
    }),
    {
      name: TRAINEE_STORAGE_KEY,
      version: TRAINEE_STORAGE_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: ({ trainee, recent }): PersistedTrainee => ({ trainee, recent }),
      merge: (stored, current) => ({ ...current, ...readPersistedTrainee(stored) }),
    },
  ),
);
