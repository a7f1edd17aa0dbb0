import Hopfield.Dynamics
import Hopfield.Hebbian
import Hopfield.Gibbs
import Hopfield.Kernel
