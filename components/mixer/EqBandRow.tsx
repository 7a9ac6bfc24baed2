'use client';
import { BAND_TYPES, type BandType, type EqBand, type EqBandPatch, RANGES } from '@/lib/mix';
import { bandColor } from './EqGraph';
import { bandUsesGain, bandUsesQ } from './eqAxes';
import styles from './mixer.module.css';

const TYPE_LABELS: Record<BandType, string> = {
  highpass: 'High-pass',
  lowshelf: 'Low shelf',
  peaking: 'Bell',
  highshelf: 'High shelf',
  lowpass: 'Low-pass',
};

/**
 * A number field that commits on Enter or blur. It is keyed by the document value, so a remote change
 * replaces what is shown unless the user is typing in it.
 */
function NumberField({
  label,
  value,
  range,
  step,
  disabled,
  onCommit,
}: {
  label: string;
  value: number;
  range: { min: number; max: number };
  step: number;
  disabled: boolean;
  onCommit(value: number): void;
}) {
  const commit = (input: HTMLInputElement) => {
    const parsed = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(parsed)) {
      input.value = String(value);
      return;
    }
    const clamped = Math.min(range.max, Math.max(range.min, parsed));
    input.value = String(clamped);
    if (clamped !== value) onCommit(clamped);
  };
  return (
    <input
      key={value}
      type="number"
      className={styles.numberField}
      aria-label={label}
      defaultValue={value}
      min={range.min}
      max={range.max}
      step={step}
      disabled={disabled}
      onBlur={(event) => commit(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget);
      }}
    />
  );
}

/** One band's fields: on/off, type, frequency, gain, Q, remove. */
export function EqBandRow({
  band,
  index,
  readOnly,
  canRemove,
  onChange,
  onRemove,
}: {
  band: EqBand;
  index: number;
  readOnly: boolean;
  canRemove: boolean;
  onChange(patch: EqBandPatch): void;
  onRemove(): void;
}) {
  const name = `Band ${index + 1}`;
  return (
    <tr data-off={!band.on || undefined}>
      <td>
        <span className={styles.bandSwatch} style={{ background: bandColor(index) }} aria-hidden="true">
          {index + 1}
        </span>
      </td>
      <td>
        <button
          type="button"
          className={styles.bandToggle}
          aria-label={`${name} on`}
          aria-pressed={band.on}
          disabled={readOnly}
          onClick={() => onChange({ on: !band.on })}
        >
          {band.on ? 'On' : 'Off'}
        </button>
      </td>
      <td>
        <select
          aria-label={`${name} type`}
          value={band.type}
          disabled={readOnly}
          onChange={(event) => onChange({ type: event.currentTarget.value as BandType })}
        >
          {BAND_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <NumberField
          label={`${name} frequency (Hz)`}
          value={band.freqHz}
          range={RANGES.eqFreqHz}
          step={1}
          disabled={readOnly}
          onCommit={(freqHz) => onChange({ freqHz })}
        />
      </td>
      <td>
        <NumberField
          label={`${name} gain (dB)`}
          value={band.gainDb}
          range={RANGES.eqGainDb}
          step={0.1}
          disabled={readOnly || !bandUsesGain(band.type)}
          onCommit={(gainDb) => onChange({ gainDb })}
        />
      </td>
      <td>
        <NumberField
          label={`${name} Q`}
          value={band.q}
          range={RANGES.eqQ}
          step={0.01}
          disabled={readOnly || !bandUsesQ(band.type)}
          onCommit={(q) => onChange({ q })}
        />
      </td>
      <td>
        <button
          type="button"
          className={styles.bandRemove}
          aria-label={`Remove ${name.toLowerCase()}`}
          disabled={readOnly || !canRemove}
          onClick={onRemove}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
