"Issue 15 speed table: mtvit_small (infer path, forward path, narrower mask branches, no masks, onnxruntime) vs bare ViT-S and YOLOS-S, fp32, batch 2, 2 threads."
import json, sys, torch
from mtvit.bench_peers import mtvit_peer, onnx_peer, bare_vit_peer, hf_peer, time_peers, _pp_run, Peer, machine_info
from mtvit.core import seed_everything
torch.set_num_threads(2)
sizes = [int(s) for s in sys.argv[2:]] or [224, 384, 512]
res = {'info': machine_info(), 'batch_size': 2, 'rows': []}
for S in sizes:
    seed_everything(0)
    m = mtvit_peer('mtvit_small', S)
    full = Peer('mtvit_small forward+PostProcess (before)', _pp_run(m.model, S, m.model.cfg.sigmoid), 'boxes+masks+keypoints', m.backbone)
    narrow = [mtvit_peer('mtvit_small', S, name=f'mtvit_small mask_dim={d}', mask_dim=d) for d in (256, 128)]
    nomask = mtvit_peer('mtvit_small', S, name='mtvit_small without masks', masks=False)
    peers = [m, full, *narrow, nomask, onnx_peer('mtvit_small', S, model=m.model), bare_vit_peer('vit_small_patch16_224'), hf_peer('yolos', S)]
    x = torch.rand(2, 3, S, S)
    r = time_peers(peers, x, rounds=7, warmup=1, memory=False)
    bare, yolos = r['vit_small_patch16_224 (bare)']['img_s'], r['yolos_s (HF)']['img_s']
    for p in peers:
        row = {'size': S, 'peer': p.name, 'img_s': r[p.name]['img_s'], 'ms_img': 1e3 / r[p.name]['img_s'],
               'vs_bare': r[p.name]['img_s'] / bare, 'vs_yolos': r[p.name]['img_s'] / yolos, 'times': r[p.name]['times']}
        res['rows'].append(row)
        print(f"{S}px {p.name:>42}: {row['img_s']:6.2f} img/s {row['ms_img']:7.1f} ms/img  vs bare {row['vs_bare']:.2f}  vs YOLOS-S {row['vs_yolos']:.2f}", flush=True)
json.dump(res, open(sys.argv[1], 'w'), indent=1)
