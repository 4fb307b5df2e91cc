// Sound and browser notifications for critical alerts. Browsers allow audio and ask for the
// notification permission only after a user gesture, so both are switched on by a button.

export type AlarmState = 'off' | 'on' | 'sound-only';

export class Alarm {
  private audio: AudioContext | null = null;

  get state(): AlarmState {
    if (this.audio === null) return 'off';
    return 'Notification' in window && Notification.permission === 'granted' ? 'on' : 'sound-only';
  }

  /** Must run inside a click handler. */
  async enable(): Promise<AlarmState> {
    this.audio ??= new AudioContext();
    await this.audio.resume();
    if ('Notification' in window && Notification.permission === 'default') {
      await Notification.requestPermission();
    }
    this.beep();
    return this.state;
  }

  ring(title: string, body: string, tag: string): void {
    this.beep();
    if (this.state === 'on') {
      // The tag makes a repeated event for the same alert replace its notification instead of stacking.
      new Notification(title, { body, tag });
    }
  }

  /** Two short 880 Hz tones: audible across a room, no audio file needed. */
  private beep(): void {
    const audio = this.audio;
    if (audio === null) return;
    const start = audio.currentTime;
    for (const offset of [0, 0.3]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'square';
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.22);
    }
  }
}
