#!/usr/bin/env bash
# Runs the negative-spike detector (default settings) over NAB realTweets and scores it.
# Needs the evaluation data in ../shared/eval/nab (not part of the repo). Results: out/nab/.
set -euo pipefail
cd "$(dirname "$0")/.."
NAB="${NAB_DIR:-../shared/eval/nab}"
SCORER="${NAB_SCORER:-../shared/tools/nab_score.py}"
mkdir -p out/nab
dotnet build tools/Reputation.DetectRunner -c Release -o out/detect-runner -v quiet -nologo >/dev/null
for name in AAPL AMZN CRM CVS FB; do
  dotnet out/detect-runner/Reputation.DetectRunner.dll \
    --input "$NAB/realTweets/Twitter_volume_$name.csv" --output "out/nab/Twitter_volume_$name.csv"
done
python3 "$SCORER" --windows "$NAB/windows.json" out/nab/Twitter_volume_*.csv
