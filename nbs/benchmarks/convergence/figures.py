"""The predictions figure of the convergence page: two run folders' detections on the same validation images.

    python nbs/benchmarks/convergence/figures.py --data synth_data --runs runs/ablation/baseline runs/synth \
        --titles "first recipe, 6 min" "final recipe, 30 min" --out nbs/benchmarks/convergence/predictions.png
"""
import argparse
from pathlib import Path
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from mtvit.evaluate import load_run
from mtvit.inference import Predictor, show_predictions

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--data', required=True); p.add_argument('--runs', nargs='+', required=True)
    p.add_argument('--titles', nargs='+', required=True); p.add_argument('--out', required=True)
    p.add_argument('--n', type=int, default=3); p.add_argument('--score-threshold', type=float, default=0.24)
    p.add_argument('--keypoints', action='store_true', help='draw the keypoints too')
    a = p.parse_args(argv)
    val = sorted((Path(a.data) / 'val').glob('*.jpg'))[:a.n]
    fig, axs = plt.subplots(len(a.runs), a.n, figsize=(10, 3.5 * len(a.runs)), squeeze=False)
    for row, title, run in zip(axs, a.titles, a.runs):
        model, meta, cfg = load_run(run, 'cpu')
        preds = Predictor(model, meta, size=cfg['size'], device='cpu', score_threshold=a.score_threshold).predict([str(v) for v in val])
        for ax, v, r in zip(row, val, preds):
            show_predictions(str(v), r, meta, ax=ax, keypoints=a.keypoints)
            ax.set_title(f"{title}: {len(r)} detections", fontsize=10); ax.axis('off')
    fig.tight_layout(); fig.savefig(a.out, dpi=90)

if __name__ == '__main__': main()
