"""Equal wall-clock ablation of mtvit's convergence mechanisms (the "Why DETR is slow to start" page).

    python nbs/benchmarks/convergence/ablation.py --data synth_data --out runs/ablation --minutes 6 [--rows a,b,...]

Every row trains `mtvit_tiny` from random weights with `mtvit.cli.train(minutes=...)` on the same data, seed and
batch, for the same wall-clock minutes (evaluation included), and evaluates COCO AP on the validation split.
Run it alone: a second process on the machine silently takes steps from every row. Rows already in
`OUT/results.json` are skipped, so an interrupted ablation continues where it stopped. A row with `mae_minutes`
first MAE-pretrains its backbone on the training images (`mtvit.ssl.pretrain`) and fine-tunes for the rest of the
budget (`train(pretrained=...)`).
"""
import argparse, json, os, time
from pathlib import Path
import torch
from mtvit.cli import train
from mtvit.ssl import pretrain
from mtvit.core import atomic_write
from mtvit.synth import make_synthetic_coco

# each row: (name, what it adds, `train` keyword arguments); `model_kw` holds MTViTConfig fields
def old(kw: dict) -> dict:
    "A row of the first recipes: no scratch recipe (linear patch stem, no o2m head, regressed keypoints, the full augmentation), lr 1e-4 unless set."
    return dict(lr=1e-4, augment={}) | kw | dict(model_kw=dict(stem='patch', o2m_head=False, kpt_heatmaps=False, shape_class=0, kpt_crop=0) | kw.get('model_kw', {}))

BASE = dict(query_init='learned', sigmoid=False)  # the first recipe: YOLOS/EoMT learned queries, softmax, absolute boxes
LIGHT = dict(scale_range=(0.75, 1.25), color_jitter=(0.2, 0.2, 0.2, 0.02))  # lighter augmentation for short runs
MIN = dict(scale_range=(1., 1.), color_jitter=(0.1, 0.1, 0.1, 0.01))           # `LIGHT_AUGMENT`, today's from random weights
# rows before `+lr2e-4` ran when `train` had no scratch recipe: `old` restores that model and lr; rows from `recipe-30`
# to `crop16-30` read heatmap keypoints over the whole window (`kpt_peak_radius=None`), and rows before `shade-30`
# ran on the synthetic data of an earlier generator (the same scenes, without the quadrupeds' shaded far legs)
ROWS = [
    ('baseline', 'learned queries, softmax CE, absolute boxes', old(dict(model_kw=BASE))),
    ('+iabce', '+ sigmoid classification, IA-BCE', old(dict(model_kw=dict(BASE, sigmoid=True)))),
    ('+select', '+ queries selected from patches, box deltas on references (dense head loss)', old(dict(model_kw={}))),
    ('+lr5e-4', '+ lr 5e-4 (from 1e-4)', old(dict(model_kw={}, lr=5e-4))),
    ('+fast', '+ mask branch 64 wide, decoded images cached, lighter augmentation', old(dict(model_kw=dict(mask_dim=64), lr=5e-4, cache=True, augment=LIGHT))),
    ('+lr1e-3', '+ lr 1e-3', old(dict(model_kw=dict(mask_dim=64), lr=1e-3, cache=True, augment=LIGHT))),
    ('+groups4', '+ 4 query groups (one-to-many in training)', old(dict(model_kw=dict(mask_dim=64, num_groups=4), lr=5e-4, cache=True, augment=LIGHT))),
    ('+p8', '+ patch size 8 (16x16 tokens at 128 px)', old(dict(model_kw=dict(mask_dim=64, patch_size=8), lr=5e-4, cache=True, augment=LIGHT))),
    ('yolos', 'queries from the first block (query_blocks = depth)', old(dict(model_kw=dict(mask_dim=64, query_blocks=12), lr=5e-4, cache=True, augment=LIGHT))),
    # levers on the defaults (`+select` with the 64-wide mask branch and cached data)
    ('-ld', 'defaults, no layer decay (from-scratch backbone), lr 3e-4', old(dict(lr=3e-4, layer_decay=None))),
    ('-ld+b16', '-ld with batch 16', old(dict(lr=3e-4, layer_decay=None, batch_size=16))),
    ('-ld+p8', '-ld with patch size 8 (16x16 tokens at 128 px)', old(dict(lr=3e-4, layer_decay=None, model_kw=dict(patch_size=8)))),
    ('-ld+p8d6', '-ld, patch size 8, 6 blocks instead of 12', old(dict(lr=3e-4, layer_decay=None, model_kw=dict(patch_size=8, backbone_kwargs=dict(depth=6))))),
    # rows whose name ends in -30 train for 30 minutes: the defaults, and the defaults with the one-to-many head and heatmap keypoints
    ('defaults-30', 'the defaults for 30 minutes (the README main job)', old(dict())),
    ('o2m-30', '+ one-to-many dense head (Co-DETR), 30 minutes', old(dict(model_kw=dict(o2m_head=True)))),
    ('o2m+heat-30', '+ one-to-many dense head, keypoints from heatmaps, 30 minutes', old(dict(model_kw=dict(o2m_head=True, kpt_heatmaps=True)))),
    ('defaults', 'the old defaults again, this stop (lr 1e-4)', old(dict())),
    ('+lr2e-4', 'old defaults, lr 2e-4', old(dict(lr=2e-4))),
    ('+stem-d6', 'conv stem (its H/4 map added to the mask branch), 6 blocks, lr 2e-4', dict(augment={}, model_kw=dict(o2m_head=False, kpt_heatmaps=False, shape_class=0, backbone_kwargs=dict(depth=6)))),
    ('stem-30', 'conv stem alone, lr 2e-4, 30 minutes', dict(augment={}, model_kw=dict(o2m_head=False, kpt_heatmaps=False, shape_class=0))),
    ('recipe-30', 'the scratch recipe: conv stem + one-to-many head + heatmap keypoints with heatmap CE, lr 2e-4, 30 minutes', dict(augment={}, model_kw=dict(kpt_peak_radius=None, shape_class=0, kpt_crop=0))),
    # rows from here ran on a faster machine (an EPYC with AVX512-BF16: the same recipe makes 15 images/s, not 10.7)
    ('base-30', 'recipe-30 again, on the faster machine (the baseline of the rows below)', dict(augment={}, model_kw=dict(kpt_peak_radius=None, shape_class=0, kpt_crop=0))),
    ('light-30', 'base-30 with lighter augmentation (scale 0.75-1.25, colour jitter 0.2)', dict(model_kw=dict(kpt_peak_radius=None, shape_class=0, kpt_crop=0), augment=LIGHT)),
    ('lightshape-30', 'light-30 + class logits from the query\'s mask silhouette in its box (shape_class=16)', dict(model_kw=dict(kpt_peak_radius=None, shape_class=16, kpt_crop=0), augment=LIGHT)),
    ('minaug-30', 'lightshape-30 with less augmentation still (no scale jitter, colour jitter 0.1): the defaults before kpt_crop', dict(model_kw=dict(kpt_peak_radius=None, shape_class=16, kpt_crop=0), augment=MIN)),
    # rows from here ran on an Intel Xeon with AMX (the same recipe makes 25 images/s)
    ('cur-30', 'minaug-30 again on this machine: the baseline of the row below', dict(model_kw=dict(kpt_peak_radius=None, shape_class=16, kpt_crop=0), augment=MIN)),
    ('crop-30', '+ keypoints refined on a 24x24 crop of each object (kpt_crop=24)', dict(model_kw=dict(kpt_peak_radius=None, shape_class=16, kpt_crop=24), augment=MIN)),
    ('crop16-30', 'the crop at 16x16 (kpt_crop=16): cheaper, fewer keypoints', dict(model_kw=dict(kpt_peak_radius=None, shape_class=16, kpt_crop=16), augment=MIN)),
    # from here the data draws the quadrupeds' far legs in shadow: the same scenes, boxes, masks and labels, only those pixels differ
    ('shade-30', 'crop-30 on the data with shaded far legs, keypoints read over the whole crop (measured before keypoints_score ranked them)', dict(model_kw=dict(shape_class=16, kpt_crop=24, kpt_peak_radius=None), augment=MIN)),
    ('peak-30', '+ keypoints read at their heatmap peak (kpt_peak_radius=1) and ranked by their confidence (keypoints_score): today\'s defaults', dict(model_kw=dict(shape_class=16, kpt_crop=24), augment=MIN)),
    ('yolos-30', 'peak-30 with the queries from the first block (YOLOS: query_blocks = depth) instead of the last 4 (EoMT)', dict(model_kw=dict(shape_class=16, kpt_crop=24, query_blocks=12), augment=MIN)),
    # MAE inside the budget: the conv-stem backbone pretrained on the 2,000 training images (no labels) for 10 minutes
    ('mae10-30', 'peak-30 with its first 10 minutes spent on MAE pretraining of the backbone, the other 20 on fine-tuning', dict(mae_minutes=10)),
    ('mae3-30', 'peak-30 with its first 3 minutes spent on MAE pretraining of the backbone, the other 27 on fine-tuning', dict(mae_minutes=3)),
    # from here post-processing drops same-class duplicates (`PostProcess(nms=0.7)`)
    ('groups2-30', 'peak-30 with 2 query groups (Group DETR: each group matched on its own, one group at inference)', dict(model_kw=dict(shape_class=16, kpt_crop=24, num_groups=2), augment=MIN)),
    ('dn-30', 'peak-30 with denoising queries (DN-DETR: noised copies of the objects, each supervised by its own)', dict(model_kw=dict(shape_class=16, kpt_crop=24, denoising=True), augment=MIN)),
    ('peak2-30', 'peak-30 again, in the same hours as groups2-30 and dn-30 (the machine ran slower than for peak-30)', dict(model_kw=dict(shape_class=16, kpt_crop=24), augment=MIN)),
]
# MAE pretraining of a row with `mae_minutes`: the recipe of `nbs/benchmarks/ssl_tiny_cpu/run.py`
MAE = dict(preset='mtvit_tiny', size=128, batch_size=64, lr=5e-4, mask_ratio=0.75, seed=0, model_kw=dict(stem='conv'), progress=False)

def summarise(name, what, run: Path, kw: dict, minutes: float) -> dict:
    "One row of the results table from a finished run folder."
    hist = json.loads((run / 'metrics.json').read_text())
    ev = json.loads((run / 'eval.json').read_text())
    last = hist[-1]
    kp = {f'kpt_AP_{s}': v['AP'] for s, v in ev.get('keypoints', {}).items()}
    return dict(name=name, what=what, minutes=minutes, kwargs=kw, steps=last['steps'], images=last['images'],
                images_per_s=last['images'] / (minutes * 60), box_AP=ev['bbox']['AP'], box_AP50=ev['bbox']['AP50'],
                mask_AP=ev.get('segm', {}).get('AP'), **kp, object_share=last.get('valid_object_share'),
                class_error=last.get('valid_class_error'), matched_iou=last.get('valid_matched_iou'),
                curve=[dict(images=h['images'], box_AP=h.get('bbox/AP'), mask_AP=h.get('segm/AP'), kpt_AP=h.get('keypoints/AP'))
                       for h in hist if 'bbox/AP' in h])

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--data', required=True, help='synthetic-layout COCO folder (written with --synthetic N if missing)')
    p.add_argument('--synthetic', type=int, default=2000)
    p.add_argument('--out', required=True)
    p.add_argument('--minutes', type=float, default=6.)
    p.add_argument('--rows', help='comma-separated row names (default: all)')
    p.add_argument('--batch-size', type=int, default=8)
    a = p.parse_args(argv)
    torch.set_num_threads(os.cpu_count() or 1)
    data, out = Path(a.data), Path(a.out); out.mkdir(parents=True, exist_ok=True)
    if not (data / 'annotations' / 'train.json').is_file():
        make_synthetic_coco(data, n_train=a.synthetic, n_val=max(a.synthetic // 10, 1), size=128, seed=0)
    res_file = out / 'results.json'
    results = json.loads(res_file.read_text()) if res_file.is_file() else []
    want = a.rows.split(',') if a.rows else [r[0] for r in ROWS]
    for name, what, kw in ROWS:
        if name not in want or any(r['name'] == name for r in results): continue
        t0 = time.time()
        minutes = 30. if name.endswith('-30') else a.minutes
        fit = dict(kw)
        if 'mae_minutes' in fit:  # the MAE run's own wall clock comes out of the row's budget
            pretrain(data / 'train', out / f'{name}_mae', minutes=fit.pop('mae_minutes'), **MAE)
            fit['pretrained'] = str(out / f'{name}_mae' / 'backbone.safetensors')
        train(data, out / name, **(dict(batch_size=a.batch_size, minutes=minutes - (time.time() - t0) / 60, seed=0) | fit))
        results.append(summarise(name, what, out / name, kw, minutes) | {'wall_s': time.time() - t0})
        with atomic_write(res_file, 'w') as f: json.dump(results, f, indent=1)
        r = results[-1]
        print(f"{name}: {r['steps']} steps, {r['images_per_s']:.1f} img/s, box AP {r['box_AP']:.3f}, mask AP {r['mask_AP']}, "
              f"kpt {[round(v, 3) for k, v in r.items() if k.startswith('kpt_AP')]}, wall {r['wall_s']:.0f}s", flush=True)

if __name__ == '__main__': main()
