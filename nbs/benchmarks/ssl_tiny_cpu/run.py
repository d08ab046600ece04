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
    info['machine'] = f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} threads, no GPU" if not torch.cuda.is_available() else torch.cuda.get_device_name()
    info['versions'] = f"torch {torch.__version__}, torchvision {torchvision.__version__}, timm {timm.__version__}"
    info['data'] = DATA; info['finetune'] = FINETUNE; info['pretrain'] = PRETRAIN
    info[name] = kw
    f.write_text(json.dumps(info, indent=1))

def data(work):
    from mtvit.synth import make_synthetic_coco
    if not (work / 'data' / 'annotations' / 'val.json').is_file(): make_synthetic_coco(work / 'data', **DATA)

def finetune(work, name, pretrained=None):
    from mtvit.cli import train
    out = work / 'runs' / name
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    learn = train(work / 'data', out, pretrained=pretrained, **FINETUNE)
    (HERE / name).mkdir(exist_ok=True)
    for f in ('metrics.json', 'eval.json'): shutil.copy(out / f, HERE / name / f)
    _info(name, wall_min=round((time.time() - t0) / 60, 2), steps=learn.n_steps, pretrained=str(pretrained))

def pretrain(work):
    from mtvit.ssl import pretrain as mae_pretrain
    out = work / 'runs' / 'mae_pretrain'
    if out.exists(): shutil.rmtree(out)
    t0 = time.time()
    learn = mae_pretrain(work / 'data' / 'train', out, **PRETRAIN)
    (HERE / 'pretrain').mkdir(exist_ok=True)
    shutil.copy(out / 'metrics.json', HERE / 'pretrain' / 'metrics.json')
    _info('pretrain_run', wall_min=round((time.time() - t0) / 60, 2), steps=learn.n_steps)

def probe(work):
    from mtvit.ssl import probe_backbones
    res = probe_backbones(work / 'data', {'random': None, 'mae': work / 'runs' / 'mae_pretrain' / 'backbone.safetensors'},
                          preset=FINETUNE['preset'], size=FINETUNE['size'])
    (HERE / 'probe.json').write_text(json.dumps(res, indent=1))

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('stage', choices=['data', 'random', 'pretrain', 'mae', 'probe', 'all'])
    p.add_argument('--work', default='ssl_bench_work', type=Path, help='data and run folders (not committed)')
    a = p.parse_args()
    stages = ['data', 'random', 'pretrain', 'mae', 'probe'] if a.stage == 'all' else [a.stage]
    for s in stages:
        print(f"== {s}", flush=True)
        if s == 'data': data(a.work)
        elif s == 'random': data(a.work); finetune(a.work, 'random')
        elif s == 'pretrain': data(a.work); pretrain(a.work)
        elif s == 'mae': finetune(a.work, 'mae', pretrained=a.work / 'runs' / 'mae_pretrain' / 'backbone.safetensors')
        elif s == 'probe': probe(a.work)
