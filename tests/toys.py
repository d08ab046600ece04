"The toy problem of the training-loop notebook (a linear model fitted in milliseconds), for the Learner notebook's tests."
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from mtvit.loop import Callback, CancelFitException, DataLoaders, Learner, MultiTaskStep, OptimCB


class ToyCriterion(nn.Module):
    "Mean-squared error as a one-entry loss dict, with a logged-only diagnostic."
    def forward(self, preds, y): return {'loss_mse': ((preds - y) ** 2).mean(), 'abs_err': (preds - y).abs().mean().detach()}
    def total(self, d): return d['loss_mse']


def toy_dls(n=8, bs=4, poison=(), seed=0, valid=True):
    "`n` samples of a linear target; the samples in `poison` are NaN."
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 3, generator=g); y = x @ torch.tensor([[1.], [-2.], [.5]]) + 0.3
    x[list(poison)] = float('nan')
    ds = TensorDataset(x, y)
    return DataLoaders(DataLoader(ds, bs, shuffle=False), DataLoader(ds, bs) if valid else None)


def toy_model(seed=0): torch.manual_seed(seed); return nn.Linear(3, 1)


def toy_learner(*cbs, bs=4, seed=0, **kw):
    "A `Learner` on the toy problem with AdamW (no warm-up, no layer decay) and `cbs`."
    return Learner(toy_model(seed), toy_dls(bs=bs, **kw), ToyCriterion(),
                   [MultiTaskStep(), OptimCB(lr=0.05, warmup=0, layer_decay=None), *cbs])


class StopAtEpoch(Callback):
    "End the run before epoch `epoch` (as a crash would, as far as the schedule knows)."
    def __init__(self, epoch): self.stop = epoch
    def before_epoch(self):
        if self.learn.epoch == self.stop: raise CancelFitException


class RecordLR(Callback):
    "The learning rate of every parameter group at every optimizer step, and the groups' `lr_scale`."
    order = 50
    def before_fit(self): self.lrs, self.scales = [], [g['lr_scale'] for g in self.learn.opt.param_groups]
    def before_step(self): self.lrs.append([g['lr'] for g in self.learn.opt.param_groups])
