"""Re-run the SSL benchmark of `17_benchmark_ssl.ipynb`: MAE-pretrained vs random init of `mtvit_tiny`, same fine-tuning budget.

python nbs/benchmarks/ssl_tiny_cpu/run.py STAGE [--work DIR]   with STAGE in: data random pretrain mae probe all
Each stage writes its evidence (JSON) next to this file; the heavy files stay in --work.
"""
import argparse, json, platform, shutil, time
from pathlib import Path

import torch, torchvision, timm

HERE = Path(__file__).parent
# the one budget both fine-tuning runs share; only the backbone's starting weights differ
DATA = dict(n_train=1000, n_val=200, size=128, seed=0)
FINETUNE = dict(preset='mtvit_tiny', epochs=3, size=128, batch_size=8, lr=1e-4, num_queries=30, seed=0)
PRETRAIN = dict(preset='mtvit_tiny', epochs=30, size=128, batch_size=64, lr=5e-4, mask_ratio=0.75, seed=0)

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

def finetune(work, name, pretrained=None, **kw):
    from mtvit.cli import train
    out = work / 'runs' / name
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    learn = train(work / 'data', out, pretrained=pretrained, **FINETUNE, **kw)
    (HERE / name).mkdir(exist_ok=True)
    for f in ('metrics.json', 'eval.json'): shutil.copy(out / f, HERE / name / f)
    _info(name, wall_min=round((time.time() - t0) / 60, 2), steps=learn.n_steps, pretrained=str(pretrained),
          layer_decay=kw.get('layer_decay', 0.8 if pretrained else None))

def pretrain(work):
    from mtvit.ssl import pretrain as mae_pretrain
    out = work / 'runs' / 'mae_pretrain'
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    learn = mae_pretrain(work / 'data' / 'train', out, **PRETRAIN)
    (HERE / 'pretrain').mkdir(exist_ok=True)
    shutil.copy(out / 'metrics.json', HERE / 'pretrain' / 'metrics.json')
    _info('pretrain_run', wall_min=round((time.time() - t0) / 60, 2), steps=learn.n_steps)

def reconstructions(work, n=4):
    "The MAE run's reconstructions of the first `n` validation images, as `reconstructions.png`."
    import matplotlib; matplotlib.use('Agg')
    from safetensors.torch import load_file
    from mtvit.ssl import MAE, ImageFolder, show_reconstructions
    from mtvit.backbone import create_backbone
    run = work / 'runs' / 'mae_pretrain'
    cfg = json.loads((run / 'config.json').read_text())
    mae = MAE(create_backbone(cfg['backbone'], patch_size=cfg['patch_size'], **cfg['backbone_kwargs']), cfg['mask_ratio'], **{f'decoder_{k}': v for k, v in cfg['decoder'].items()})
    mae.load_state_dict(load_file(run / 'model.safetensors'))
    ds = ImageFolder(work / 'data' / 'val', cfg['size'], train=False)
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
    from mtvit.ssl import probe_backbones, knn_probe, linear_probe
    from mtvit.data import CocoMultiTask, find_split
    reconstructions(work)
    res = probe_backbones(work / 'data', {'random': None, 'mae': work / 'runs' / 'mae_pretrain' / 'backbone.safetensors'},
                          preset=FINETUNE['preset'])
    (xt, yt), (xv, yv) = (silhouettes(CocoMultiTask(*find_split(work / 'data', sp))) for sp in ('train', 'val'))
    res['reference_gt_silhouette'] = dict(knn_acc=knn_probe(xt, yt, xv, yv), linear_acc=linear_probe(xt, yt, xv, yv), n_train=len(yt), n_val=len(yv))
    res['reference_majority_class'] = dict(acc=(torch.bincount(yv).max() / len(yv)).item())
    (HERE / 'probe.json').write_text(json.dumps(res, indent=1))

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('stage', choices=['data', 'random', 'pretrain', 'mae', 'mae_no_ld', 'probe', 'all'])
    p.add_argument('--work', default='ssl_bench_work', type=Path, help='data and run folders (not committed)')
    a = p.parse_args()
    stages = ['data', 'random', 'pretrain', 'mae', 'mae_no_ld', 'probe'] if a.stage == 'all' else [a.stage]
    for s in stages:
        print(f"== {s}", flush=True)
        if s == 'data': data(a.work)
        elif s == 'random': data(a.work); finetune(a.work, 'random')
        elif s == 'pretrain': data(a.work); pretrain(a.work)
        elif s == 'mae': finetune(a.work, 'mae', pretrained=a.work / 'runs' / 'mae_pretrain' / 'backbone.safetensors')
        elif s == 'mae_no_ld':  # the MAE init with the random run's recipe: no layer-wise lr decay
            finetune(a.work, 'mae_no_ld', pretrained=a.work / 'runs' / 'mae_pretrain' / 'backbone.safetensors', layer_decay=None)
        elif s == 'probe': probe(a.work)
