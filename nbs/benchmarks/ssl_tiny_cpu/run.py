"""Re-run the SSL benchmark of `17_benchmark_ssl.ipynb`: MAE-pretrained vs random init of `mtvit_tiny`, on the from-scratch recipe.

python nbs/benchmarks/ssl_tiny_cpu/run.py STAGE [--work DIR]   with STAGE in: data random pretrain mae_budget mae probe evaluate all
Each stage writes its evidence (JSON) next to this file; the heavy files stay in --work. Every training stage is
timed by the wall clock: run it alone on the machine (a second process on two cores halves its steps).
"""
import argparse, json, platform, shutil, time
from pathlib import Path

import torch, torchvision, timm

HERE = Path(__file__).parent
# the convergence benchmark's data and the README main job's recipe: `mtvit_train --synthetic 2000 --minutes 30`
DATA = dict(n_train=2000, n_val=200, size=128, seed=0)
FINETUNE = dict(preset='mtvit_tiny', minutes=30, size=128, batch_size=8, seed=0)
# MAE of the backbone that recipe builds (a conv stem), on the same 2,000 training images, without their labels
PRETRAIN = dict(preset='mtvit_tiny', minutes=10, size=128, batch_size=64, lr=5e-4, mask_ratio=0.75, seed=0, model_kw=dict(stem='conv'))

def _info(name, **kw):
    "Append what ran, where and how long to `info.json`."
    f = HERE / 'info.json'
    info = json.loads(f.read_text()) if f.exists() else {}
    cpu = next((l.split(':', 1)[1].strip() for l in Path('/proc/cpuinfo').read_text().splitlines() if l.startswith('model name')), platform.machine()) if Path('/proc/cpuinfo').exists() else platform.machine()
    info['machine'] = torch.cuda.get_device_name() if torch.cuda.is_available() else f"{cpu}, {torch.get_num_threads()} threads, no GPU"
    info['versions'] = f"torch {torch.__version__}, torchvision {torchvision.__version__}, timm {timm.__version__}"
    info['data'] = DATA; info['finetune'] = FINETUNE; info['pretrain'] = PRETRAIN
    info[name] = kw
    f.write_text(json.dumps(info, indent=1))

def data(work):
    from mtvit.synth import make_synthetic_coco
    if not (work / 'data' / 'annotations' / 'val.json').is_file(): make_synthetic_coco(work / 'data', **DATA)

def mae_file(work): return work / 'runs' / 'mae_pretrain' / 'backbone.safetensors'

def finetune(work, name, pretrained=None, minutes=FINETUNE['minutes'], epochs=None):
    "`train` as `mtvit_train` runs it, for `minutes` or `epochs`; a conv-stem MAE file gets the random-weights recipe, so only the start differs."
    from mtvit.cli import train
    out = work / 'runs' / name
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    budget = dict(epochs=epochs, minutes=None) if epochs else dict(minutes=minutes)
    learn = train(work / 'data', out, pretrained=pretrained and str(pretrained), **(FINETUNE | budget))
    (HERE / name).mkdir(exist_ok=True)
    for f in ('metrics.json', 'eval.json'): shutil.copy(out / f, HERE / name / f)
    _info(name, wall_min=round((time.time() - t0) / 60, 2), **budget, steps=learn.n_steps, images=learn.n_images, pretrained=str(pretrained))

def pretrain(work):
    from mtvit.ssl import pretrain as mae_pretrain
    out = work / 'runs' / 'mae_pretrain'
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    learn = mae_pretrain(work / 'data' / 'train', out, **PRETRAIN)
    (HERE / 'pretrain').mkdir(exist_ok=True)
    shutil.copy(out / 'metrics.json', HERE / 'pretrain' / 'metrics.json')
    _info('pretrain_run', wall_min=round((time.time() - t0) / 60, 2), steps=learn.n_steps, images=learn.n_images)

def mae_budget(work):
    "Fine-tune for what is left of the 30 minutes after the MAE run: the whole job inside one budget."
    used = json.loads((HERE / 'info.json').read_text())['pretrain_run']['wall_min']
    finetune(work, 'mae_budget', mae_file(work), FINETUNE['minutes'] - used)

def evaluate(work, names=('random', 'mae_budget', 'mae')):
    "Each final model's COCO AP with boxes as predicted, with boxes from masks where they agree (`PostProcess.mask_boxes`), and also without same-class duplicates (`nms`: today's defaults)."
    from mtvit.evaluate import load_run, evaluate_model
    from mtvit.data import CocoMultiTask, find_split
    from mtvit.transforms import multitask_transforms
    from mtvit.postprocess import PostProcess
    res = {}
    for name in names:
        model, meta, cfg = load_run(work / 'runs' / name, 'cpu')
        ds = CocoMultiTask(*find_split(work / 'data', 'val'), transforms=multitask_transforms(meta, size=cfg['size']))
        res[name] = {label: evaluate_model(model, ds, 8, postprocess=PostProcess(sigmoid=model.cfg.sigmoid, rle=True, **kw))[0]
                     for label, kw in (('predicted_boxes', dict(mask_boxes=None, nms=None)), ('mask_boxes', dict(mask_boxes=0.5, nms=None)),
                                       ('today', {}))}
    (HERE / 'evaluate.json').write_text(json.dumps(res, indent=1))

def reconstructions(work, n=4):
    "The MAE run's reconstructions of the first `n` validation images, as `reconstructions.png`."
    import matplotlib; matplotlib.use('Agg')
    from safetensors.torch import load_file
    from mtvit.ssl import MAE, ImageFolder, show_reconstructions
    from mtvit.backbone import create_backbone
    run = work / 'runs' / 'mae_pretrain'
    cfg = json.loads((run / 'config.json').read_text())
    mae = MAE(create_backbone(cfg['backbone'], patch_size=cfg['patch_size'], stem=cfg.get('stem', 'patch'), **cfg['backbone_kwargs']),
              cfg['mask_ratio'], **{f'decoder_{k}': v for k, v in cfg['decoder'].items()})
    mae.load_state_dict(load_file(run / 'model.safetensors'))
    ds = ImageFolder(work / 'data' / 'val', cfg['size'], train=False)
    torch.manual_seed(0)
    show_reconstructions(mae, torch.stack([ds[i] for i in range(n)])).savefig(HERE / 'reconstructions.png', dpi=100)

def silhouettes(ds, side=16):
    "A reference that needs no backbone: each instance's ground-truth mask inside its box, resized to `side` x `side`."
    from torchvision.transforms.v2 import functional as TF
    X, Y = [], []
    for i in range(len(ds)):
        _, tgt = ds.load(i)
        for (x0, y0, x1, y1), m, lab in zip(tgt['boxes'].as_subclass(torch.Tensor).tolist(), tgt['masks'], tgt['labels'].tolist()):
            if x1 - x0 < 1 or y1 - y0 < 1: continue  # the same instances as `instance_features` (without its context margin)
            X.append(TF.resized_crop(m[None].float(), int(y0), int(x0), max(1, round(y1 - y0)), max(1, round(x1 - x0)),
                                     [side, side], antialias=True).flatten()); Y.append(lab)
    return torch.stack(X), torch.tensor(Y)

def probe(work):
    from mtvit.probe import probe_backbones, knn_probe, linear_probe
    from mtvit.data import CocoMultiTask, find_split
    reconstructions(work)
    res = probe_backbones(work / 'data', {'random': None, 'mae': mae_file(work)}, preset=FINETUNE['preset'], model_kw=PRETRAIN['model_kw'])
    (xt, yt), (xv, yv) = (silhouettes(CocoMultiTask(*find_split(work / 'data', sp))) for sp in ('train', 'val'))
    res['reference_gt_silhouette'] = dict(knn_acc=knn_probe(xt, yt, xv, yv), linear_acc=linear_probe(xt, yt, xv, yv), n_train=len(yt), n_val=len(yv))
    res['reference_majority_class'] = dict(acc=(torch.bincount(yv).max() / len(yv)).item())
    (HERE / 'probe.json').write_text(json.dumps(res, indent=1))

STAGES = ['data', 'random', 'pretrain', 'mae_budget', 'mae', 'probe', 'evaluate']

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('stage', choices=STAGES + ['all'])
    p.add_argument('--work', default='ssl_bench_work', type=Path, help='data and run folders (not committed)')
    a = p.parse_args()
    for s in (STAGES if a.stage == 'all' else [a.stage]):
        print(f"== {s}", flush=True)
        if s == 'data': data(a.work)
        elif s == 'random': data(a.work); finetune(a.work, 'random')
        elif s == 'pretrain': data(a.work); pretrain(a.work)
        elif s == 'mae_budget': mae_budget(a.work)
        elif s == 'mae':  # the random run's epochs (its steps): the same fine-tuning, whatever the machine's speed
            finetune(a.work, 'mae', mae_file(a.work), epochs=len(json.loads((HERE / 'random' / 'metrics.json').read_text())))
        elif s == 'probe': probe(a.work)
        elif s == 'evaluate': evaluate(a.work)
